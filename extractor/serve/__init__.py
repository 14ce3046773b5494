"""`letters serve`: a local, read-only web app over the store, built on Datasette (plugin.py, app.py)."""

# The defaults of `letters serve`: this machine only, Datasette's usual port.
DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8001
