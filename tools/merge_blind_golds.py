"""Merge two blind annotations: an item both annotators require is required; an item only one requires,
or one marks optional, is optional; names take both annotators' aliases; a commitment's beneficiaries
likewise; a status on which they differ is not scored.

    python tools/merge_blind_golds.py FIRST_DIR SECOND_DIR OUT_DIR [STEM:PART ...]   # every *.gold.json of FIRST_DIR

A letter part whose two readings share nothing stops the merge; after reading the document, the lead may
name it STEM:PART when both readings follow DIGEST.md (a bulletin's issue date and its article's dateline):
the part then accepts both, the first annotator's as its name and the second's as an alias.
"""

import json
import re
import sys
from pathlib import Path


def norm(s):
    """A name compared loosely: lower case, no punctuation, no leading "the"."""
    s = re.sub(r"[^\w\s]", " ", s.lower())
    s = re.sub(r"^\s*the\s+", "", s)
    return " ".join(s.split())


def unpack(item, key="value"):
    """An item as (dict, optional?), a bare string or number taken as its ``key``.

    GoldName takes a value as ``name`` or ``value``: an item that spells it the other way is renamed.
    """
    if isinstance(item, dict):
        other = "name" if key == "value" else "value"
        if key not in item and other in item:
            item = {key if k == other else k: v for k, v in item.items()}
        return item, bool(item.get("optional"))
    return {key: item}, False


def names(d):
    """Every loosely compared name of a named item."""
    return {norm(d["name"])} | {norm(a) for a in d.get("aliases", [])}


def titled_same(x, y):
    """Whether one name is the other with words (titles) in front of it."""
    x, y = norm(x), norm(y)
    return x != y and (x.endswith(" " + y) or y.endswith(" " + x))


def merge_named(a, b):
    """Named lists (organisations, programmes): paired by any shared name."""
    out, used = [], set()
    bs = [unpack(x, "name") for x in b]
    for x in a:
        dx, ox = unpack(x, "name")
        match = next((i for i, (dy, _) in enumerate(bs) if i not in used and names(dx) & names(dy)), None)
        if match is None:
            out.append({**dx, "optional": True} if not ox else dx)
            continue
        used.add(match)
        dy, oy = bs[match]
        aliases = [
            s for s in [*dx.get("aliases", []), dy["name"], *dy.get("aliases", [])] if norm(s) != norm(dx["name"])
        ]
        seen, uniq = set(), []
        for s in aliases:
            if s not in seen:
                seen.add(s)
                uniq.append(s)
        item = {"name": dx["name"]}
        if uniq:
            item["aliases"] = uniq
        if ox or oy:
            item["optional"] = True
        out.append(item if (uniq or item.get("optional")) else dx["name"])
    for i, (dy, oy) in enumerate(bs):
        if i not in used:
            out.append({**dy, "optional": True})
    return out


def merge_values(a, b, key):
    """Lists compared by value (countries, dates, amounts): paired in order of appearance."""
    out, bs = [], [unpack(x) for x in b]
    used = set()
    for x in a:
        dx, ox = unpack(x)
        match = next((i for i, (dy, _) in enumerate(bs) if i not in used and key(dy) == key(dx)), None)
        if match is None:
            out.append(dx | {"optional": True})
            continue
        used.add(match)
        oy = bs[match][1]
        out.append(dx | {"optional": True} if (ox or oy) else x)
    for i, (dy, oy) in enumerate(bs):
        if i not in used:
            out.append(dy | {"optional": True})
    return [o if not (isinstance(o, dict) and set(o) == {"value"}) else o["value"] for o in out]


def amount_key(d):
    """What makes two amounts the same amount."""
    return (d.get("kind"), round(float(d["value"]), 6), d.get("currency"))


def merge_commitments(stem, a, b):
    """Commitments paired by sum, then by beneficiaries."""

    def key(c):
        return (round(float(c["amount"]["value"]), 6), c["amount"].get("currency"))

    def bens(c):
        return {unpack(x)[0]["value"] for x in c.get("beneficiaries", [])}

    rest, out = list(b), []
    for c in a:
        same = [d for d in rest if key(d) == key(c)]
        d = next((d for d in same if bens(d) == bens(c)), same[0] if same else None)
        if d is None:
            out.append({**c, "optional": True})
            continue
        rest.remove(d)
        item = {"amount": c["amount"]}
        item["beneficiaries"] = merge_values(
            c.get("beneficiaries", []), d.get("beneficiaries", []), lambda v: v["value"]
        )
        if c.get("status") == d.get("status"):
            item["status"] = c.get("status")
        else:  # the annotators disagree: not scored (a status both give is the only one scored)
            item["status"] = None
            print("  status unscored:", stem, key(c), c.get("status"), "vs", d.get("status"))
        if c.get("optional") or d.get("optional"):
            item["optional"] = True
        out.append(item)
    out += [{**d, "optional": True} for d in rest]
    return out


def merge_letter(a, b, both_readings=frozenset()):
    """Letter parts both annotators gave; names that share nothing stop the merge unless in ``both_readings``."""
    out = {}
    for k in sorted(set(a) | set(b), key=["date", "place", "salutation", "signatory"].index):
        if k not in a or k not in b:
            continue  # a part only one annotator saw is left out (not scored)
        # a part written {"value": ..., "aliases": [...]} is the same GoldName as {"name": ...}
        a[k], b[k] = (
            {("name" if key == "value" else key): v for key, v in part.items()} if isinstance(part, dict) else part
            for part in (a[k], b[k])
        )
        (dx, _), (dy, _) = unpack(a[k], "name"), unpack(b[k], "name")
        if not names(dx) & names(dy) and k == "signatory" and titled_same(dx["name"], dy["name"]):
            # one annotator kept the titles before the name ("Dr", "Tan Sri"), the other did not:
            # DIGEST.md's "the signature's name" reads both ways, so both are accepted
            dx = {**dx, "aliases": [*dx.get("aliases", []), dy["name"]]}
            a[k] = dx
        if not names(dx) & names(dy) and k in both_readings:
            a[k] = dx = {**dx, "aliases": [*dx.get("aliases", []), dy["name"], *dy.get("aliases", [])]}
        if not names(dx) & names(dy):
            sys.exit(f"letter {k}: {a[k]} vs {b[k]}")
        merged = merge_named([a[k]], [b[k]])[0]
        out[k] = merged
    return out


def main(first: Path, second: Path, out_dir: Path, both_readings=()) -> None:
    """Merge each gold of ``first`` with its namesake in ``second`` into ``out_dir``."""
    out_dir.mkdir(parents=True, exist_ok=True)
    for path in sorted(first.glob("*.gold.json")):
        stem = path.name[: -len(".gold.json")]
        a, b = json.loads(path.read_text()), json.loads((second / path.name).read_text())
        out = {
            "source": f"{stem}.txt",
            "letter": merge_letter(
                a.get("letter", {}),
                b.get("letter", {}),
                frozenset(part for s, _, part in (r.partition(":") for r in both_readings) if s == stem),
            ),
        }
        out["countries"] = merge_values(a.get("countries", []), b.get("countries", []), lambda v: v["value"])
        for field in ("organisations", "routes", "programmes"):
            out[field] = merge_named(a.get(field, []), b.get(field, []))
        out["amounts"] = merge_values(a.get("amounts", []), b.get("amounts", []), amount_key)
        out["dates"] = merge_values(a.get("dates", []), b.get("dates", []), lambda v: v["value"])
        out["commitments"] = merge_commitments(stem, a.get("commitments", []), b.get("commitments", []))
        rc_a, rc_b = a.get("route_countries", {}), b.get("route_countries", {})
        out["route_countries"] = {
            r: merge_values(rc_a.get(r, []), rc_b.get(r, []), lambda v: v["value"]) for r in rc_a | rc_b
        }
        (out_dir / path.name).write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n")
        print(stem, {k: len(v) for k, v in out.items() if isinstance(v, list)})


if __name__ == "__main__":
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    main(*(Path(a) for a in sys.argv[1:4]), sys.argv[4:])
