"""Digests of every letter the project has, to show that a change of structure changed no output.

    python tools/digest_snapshot.py write before.json   # on the old code
    python tools/digest_snapshot.py check before.json   # on the new code: exit 1 on any difference
    python tools/digest_snapshot.py write before.json --engine pdfium   # PDFs read by that engine

Letters: corpus/, tests/letters/ (text), tests/pdfs/ and tests/letters/**/ PDFs, and the real
letters and fact sheets in ../shared when they are there.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Optional

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
PATTERNS = (
    (ROOT / "corpus", "*.pdf"),
    (ROOT / "corpus", "*.txt"),
    (ROOT / "tests" / "letters", "**/*.txt"),
    (ROOT / "tests" / "letters", "**/*.pdf"),
    (ROOT / "tests" / "pdfs", "*.pdf"),
    (SHARED / "letters", "**/*.txt"),
    (SHARED / "documents", "**/*.txt"),
)


def letter_paths() -> list[Path]:
    """Every letter file the snapshot covers, in a stable order."""
    paths = set()
    for folder, pattern in PATTERNS:
        if folder.is_dir():
            paths.update(p for p in folder.glob(pattern) if p.name != "README.md")
    return sorted(paths)


def snapshot(engine: Optional[str] = None) -> dict[str, str]:
    """Path (relative to the repository's parent) → digest JSON, or the error line; PDFs read by engine (None: the default)."""
    sys.path.insert(0, str(ROOT))
    from extractor.errors import LettersError
    from extractor.reading.options import ReadOptions
    from extractor.records.digest import make_digest
    from extractor.records.extract import extract_path

    options = ReadOptions(engine=engine) if engine else None
    out = {}
    for path in letter_paths():
        key = str(path.relative_to(ROOT.parent))
        try:
            out[key] = make_digest(extract_path(path, options=options)).model_dump_json(exclude_none=True)
        except LettersError as error:
            out[key] = f"error: {error}"
    return out


def main(argv: list[str]) -> int:
    engine = None
    if len(argv) == 4 and argv[2] == "--engine":
        argv, engine = argv[:2], argv[3]
    if len(argv) != 2 or argv[0] not in ("write", "check"):
        print(__doc__, file=sys.stderr)
        return 2
    command, target = argv
    now = snapshot(engine)
    if command == "write":
        Path(target).write_text(json.dumps(now, indent=1, sort_keys=True), encoding="utf-8")
        print(f"wrote {len(now)} digests to {target}")
        return 0
    before = json.loads(Path(target).read_text(encoding="utf-8"))
    changed = sorted(k for k in before.keys() | now.keys() if before.get(k) != now.get(k))
    for key in changed:
        print(f"changed: {key}")
    print(f"{len(now)} digests, {len(changed)} changed")
    return 1 if changed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
