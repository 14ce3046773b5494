"""Run the benchmarks: `python -m benchmarks [name ...] [--quick]` runs benchmarks/bench_<name>.py's run()."""

from __future__ import annotations

import argparse
import importlib.util
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def available() -> list[str]:
    """Names of the benchmarks beside this file (bench_<name>.py)."""
    return sorted(path.stem[len("bench_") :] for path in HERE.glob("bench_*.py"))


def load(name: str):
    """Import benchmarks/bench_<name>.py as a module (works with or without an __init__.py)."""
    path = HERE / f"bench_{name}.py"
    spec = importlib.util.spec_from_file_location(f"benchmarks.bench_{name}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main(argv: list[str] | None = None) -> int:
    """Parse the arguments and run the chosen benchmarks one after the other."""
    names = available()
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("names", nargs="*", metavar="name", help=f"benchmarks to run (default all: {', '.join(names)})")
    parser.add_argument("--quick", action="store_true", help="smaller inputs, one repeat: a smoke run")
    args = parser.parse_args(argv)
    unknown = [name for name in args.names if name not in names]
    if unknown:
        parser.error(f"no such benchmark: {', '.join(unknown)} (have: {', '.join(names)})")
    root = str(HERE.parent)
    if root not in sys.path:
        sys.path.insert(0, root)
    for name in args.names or names:
        print(f"== {name} ==", flush=True)
        started = time.perf_counter()
        load(name).run(quick=args.quick)
        print(f"({name}: {time.perf_counter() - started:.1f} s)\n", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
