"""The registry of JSON shapes: name -> pydantic model. `letters schema` prints these."""

from __future__ import annotations

from models.action import Action
from models.commitment import Commitment, RouteTie
from models.diff import DiffRow, LetterDiff, Timeline
from models.digest import Digest, GoldDigest
from models.entities import Mention
from models.evaluation import EvaluationReport
from models.extraction import Extraction
from models.graph import GraphExport, GraphNeighbors, GraphPath
from models.letter import LetterText
from models.series import Series, SeriesChangeRow, SeriesRow
from models.store import ActionRow, CommitmentRow, EntityCount, IngestReport, LetterRow, MentionRow, SqlRow

SCHEMAS = {
    "letter-text": LetterText,
    "extraction": Extraction,
    "mention": Mention,
    "commitment": Commitment,
    "action": Action,
    "route-tie": RouteTie,
    "letter-diff": LetterDiff,
    "diff-row": DiffRow,
    "series": Series,
    "series-row": SeriesRow,
    "series-change-row": SeriesChangeRow,
    "timeline": Timeline,
    "digest": Digest,
    "gold-digest": GoldDigest,
    "evaluation": EvaluationReport,
    "ingest-report": IngestReport,
    "letter-row": LetterRow,
    "commitment-row": CommitmentRow,
    "action-row": ActionRow,
    "mention-row": MentionRow,
    "entity-count": EntityCount,
    "sql-row": SqlRow,
    "graph-neighbors": GraphNeighbors,
    "graph-path": GraphPath,
    "graph-export": GraphExport,
}
