"""The routes of `letters serve`: each path and the page that answers it.

Data comes from the store's queries (store.query) and the reports (show, diff, graph, timeline);
the pages (letter_pages, table_pages, view_pages) only pick the filters from the request and hand
the results to a template.
"""

from __future__ import annotations

from extractor.serve.letter_pages import index, letter, mention, mention_image
from extractor.serve.table_pages import commitments, sql_page
from extractor.serve.view_pages import diff, graph, graph_script, timeline_page

# --------------------------------------------------------------------------------------- routes

ID = r"(?P<ref>[^/]+?)"
ROUTES = [
    (r"^/$", index),
    (r"^/letters\.(?P<format>json)$", index),
    (rf"^/letters/{ID}\.(?P<format>json)$", letter),
    (rf"^/letters/{ID}/mentions/(?P<index>\d+)\.png$", mention_image),
    (rf"^/letters/{ID}/mentions/(?P<index>\d+)$", mention),
    (rf"^/letters/{ID}$", letter),
    (r"^/commitments(\.(?P<format>csv|json))?$", commitments),
    (r"^/diff/(?P<a>[^/]+)/(?P<b>[^/]+?)(\.(?P<format>json))?$", diff),
    (r"^/graph(\.(?P<format>graphml))?$", graph),
    (r"^/-/letters/graph\.js$", graph_script),
    (r"^/timeline(\.(?P<format>json))?$", timeline_page),
    (r"^/sql(\.(?P<format>json))?$", sql_page),
]
