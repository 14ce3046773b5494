"""`python -m extractor.cli ...` runs the `letters` command (as the tests do, without the installed script)."""

from extractor.cli import main

main(prog_name="letters")
