"""spaCy pipeline: a blank English model plus one rule component per entity family."""
