"""Score gold sets from text and, for the real sets, from each producer's PDFs: one line a set.

Run: ``.venv/bin/python tools/eval_sets.py real/us real/factsheets-heldout4 blind5 .`` (paths under
tests/letters). Each line: the set, micro F1 from text / reportlab PDFs / Chromium PDFs, then every
field under 0.999. The PDFs of a producer are copied into a temporary folder of their own, because
`letters eval` prefers a letter's .txt beside its gold. The real sets keep their PDFs; with
``--pdfs`` every other set's PDFs are built from its texts by ``tests/letters/real/build.py`` (a blind
set is scored from both producers without keeping PDFs in the repository). ``--table`` prints each set as
a Markdown table of every field by source, as the sets' READMEs record their first scores.
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
    run = subprocess.run(command, capture_output=True, text=True, cwd=ROOT)
    try:
        report = json.loads(run.stdout)
    except json.JSONDecodeError:
        sys.exit(f"letters eval {gold_dir} gave no report: {run.stderr.strip()}")
    for error in report["errors"]:  # a letter that failed counts as one that found nothing; say which
        print(f"{gold_dir.name}: {error}", file=sys.stderr)
    return report["overall"]["f1"], {field["field"]: field["f1"] for field in report["fields"]}


def producer_pdfs(gold_dir: Path, producer: str, folder: Path, build: bool) -> None:
    """Put a set's PDFs of one producer in folder: the kept ones, or built from its texts."""
    if not build:
        for pdf in gold_dir.glob(f"*.{producer}.pdf"):
            shutil.copy(pdf, folder)
        return
    sys.path.insert(0, str(LETTERS / "real"))
    from build import BUILDERS

    for source in sorted(gold_dir.glob("*.txt")):
        BUILDERS[producer](source, folder / f"{source.stem}.pdf")


def markdown_table(columns: list[str], runs: list[tuple[float, dict[str, float]]]) -> str:
    """Every field's F1 (rows) by source (columns), micro F1 last, as a Markdown table."""
    lines = ["| field | " + " | ".join(columns) + " |", "|---" * (len(columns) + 1) + "|"]
    for field in runs[0][1]:
        lines.append(f"| {field.replace('_', ' ')} | " + " | ".join(f"{run[1][field]:.3f}" for run in runs) + " |")
    lines.append("| **micro F1** | " + " | ".join(f"**{run[0]:.3f}**" for run in runs) + " |")
    return "\n".join(lines)


def main(argv: list[str]) -> None:
    build = "--pdfs" in argv
    table = "--table" in argv
    for name in [arg for arg in argv if arg not in ("--pdfs", "--table")]:
        gold_dir = LETTERS / name
        runs = [evaluate(gold_dir)]
        if name.startswith("real/") or build:
            for producer in PRODUCERS:
                with tempfile.TemporaryDirectory() as folder:
                    producer_pdfs(gold_dir, producer, Path(folder), build and not name.startswith("real/"))
                    runs.append(evaluate(gold_dir, Path(folder)))
        if table:
            print(f"{name}\n\n{markdown_table(['text', *(f'{p} PDF' for p in PRODUCERS)][: len(runs)], runs)}\n")
            continue
        weak = " ".join(f"{field}={f1:.3f}" for field, f1 in runs[0][1].items() if f1 < 0.999)
        print(name, " / ".join(f"{run[0]:.3f}" for run in runs), "|", weak, flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
