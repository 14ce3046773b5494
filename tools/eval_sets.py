"""Score gold sets from text and, for the real sets, from each producer's PDFs: one line a set.

Run: ``.venv/bin/python tools/eval_sets.py real/us real/factsheets-heldout4 blind5 .`` (paths under
tests/letters). Each line: the set, micro F1 from text / reportlab PDFs / Chromium PDFs, then every
field under 0.999. The PDFs of a producer are copied into a temporary folder of their own, because
`letters eval` prefers a letter's .txt beside its gold.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LETTERS = ROOT / "tests" / "letters"
PRODUCERS = ("reportlab", "chromium")


def evaluate(gold_dir: Path, corpus: Path | None = None) -> tuple[float, dict[str, float]]:
    """Micro F1 and each field's F1 of `letters eval` on a gold folder (from its PDFs when corpus is given)."""
    command = [sys.executable, "-m", "extractor.cli", "eval", str(gold_dir), "--json"]
    if corpus is not None:
        command += ["--corpus", str(corpus)]
    report = json.loads(subprocess.run(command, capture_output=True, text=True, cwd=ROOT, check=True).stdout)
    return report["overall"]["f1"], {field["field"]: field["f1"] for field in report["fields"]}


def main(names: list[str]) -> None:
    for name in names:
        gold_dir = LETTERS / name
        overall, fields = evaluate(gold_dir)
        scores = [overall]
        if name.startswith("real/"):
            for producer in PRODUCERS:
                with tempfile.TemporaryDirectory() as folder:
                    for pdf in gold_dir.glob(f"*.{producer}.pdf"):
                        shutil.copy(pdf, folder)
                    scores.append(evaluate(gold_dir, Path(folder))[0])
        weak = " ".join(f"{field}={f1:.3f}" for field, f1 in fields.items() if f1 < 0.999)
        print(name, " / ".join(f"{s:.3f}" for s in scores), "|", weak, flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
