"""Each stored letter's records as JSON: printed, or written as one file a letter (`letters export`).

The store is the one place the records are kept (zlib-compressed in letters.extraction_zlib);
this is how they leave it as the JSON files earlier releases wrote beside the store.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Iterable, Union

from extractor.store.database import Store, export_json

JSON_INDENT = 2


def letter_json(store: Store, ref: str, indent: int = JSON_INDENT) -> str:
    """The records of the letter ref names (id, id@version, sha256 prefix, date) as indented JSON."""
    return json.dumps(json.loads(store.extraction_json(store.resolve(ref))), indent=indent, ensure_ascii=False)


def export_letters(
    store: Store, out_dir: Union[str, Path], refs: Iterable[str] = (), all_versions: bool = False
) -> list[Path]:
    """Write the letters refs name (default: every letter, latest versions unless all_versions) as JSON files."""
    if refs:
        rows = [store.resolve(ref) for ref in refs]
    elif all_versions:
        rows = [r[0] for r in store.conn.execute("SELECT row_id FROM letters ORDER BY letter_id, version")]
    else:
        rows = store.latest_rows()
    written = []
    for row in dict.fromkeys(rows):
        letter_id, version = store.conn.execute(
            "SELECT letter_id, version FROM letters WHERE row_id = ?", (row,)
        ).fetchone()
        written.append(export_json(Path(out_dir), letter_id, version, store.extraction_json(row)))
    return written
