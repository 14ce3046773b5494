"""policy-letters: read policy letters (PDF) and extract facts that can be queried and compared.

The library API lives in submodules (reader, pipeline, extract, digest, store, ...); the click CLI
in ``extractor.cli`` is a thin layer over it, and no library module imports the CLI.
"""

__version__ = "0.1.0"
