"""Ingest's inputs: manifests (ids, duplicates, files outside), special, huge and empty files, JSON file names."""

from __future__ import annotations

import json
import os
import socket
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from store_samples import fake_extract, write_letter

from extractor.cli import main
from extractor.store.database import json_name
from extractor.store.ingest import MAX_LETTER_ID_CHARS, expand_paths, ingest

REPO = Path(__file__).resolve().parents[3]


def letter(folder: Path, name: str, country: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    return write_letter(
        folder, name, "2025-02-03", [f"The European Commission will provide EUR 4 million to {country}."]
    )


def failures(report) -> dict[str, str]:
    return {Path(item.path).name: item.reason for item in report.items if item.outcome == "failed"}


def stored_ids(db: Path) -> list[str]:
    with sqlite3.connect(db) as conn:
        return sorted(r[0] for r in conn.execute("SELECT letter_id FROM letters"))


def test_a_long_manifest_id_fails_its_entry_and_the_batch_goes_on(tmp_path):
    corpus = tmp_path / "corpus"
    for name, country in (("a", "Chad"), ("b", "Mali"), ("c", "Niger")):
        letter(corpus, name, country)
    entries = [{"file": "a.txt", "id": "first"}, {"file": "b.txt", "id": "x" * 5000}, {"file": "c.txt", "id": "third"}]
    (corpus / "manifest.json").write_text(json.dumps(entries))
    report = ingest([corpus], tmp_path / "l.db", jobs=2, extract=fake_extract)
    assert (report.processed, report.failed) == (2, 1)
    reason = failures(report)["b.txt"]
    assert f"longer than {MAX_LETTER_ID_CHARS} characters" in reason and "manifest.json" in reason
    assert "\n" not in reason
    assert stored_ids(tmp_path / "l.db") == ["first", "third"]


def test_ids_that_slug_alike_never_share_a_json_file(tmp_path):
    corpus = tmp_path / "corpus"
    ids = ["x/y", "x_y", "X_Y", "x.y", "x\\y"]
    for index, letter_id in enumerate(ids):
        letter(corpus, f"l{index}", ["Chad", "Mali", "Niger", "Ghana", "Egypt"][index])
    (corpus / "manifest.json").write_text(json.dumps([{"file": f"l{i}.txt", "id": d} for i, d in enumerate(ids)]))
    out = tmp_path / "json"
    report = ingest([corpus], tmp_path / "l.db", jobs=2, extract=fake_extract, out_dir=out)
    assert report.processed == len(ids), failures(report)
    files = sorted(out.glob("*.json"))
    assert len(files) == len(ids)
    assert sorted(json.loads(f.read_text())["letter"]["id"] for f in files) == sorted(ids)
    # Case-insensitive file systems too: no two names differ only in case.
    assert len({f.name.lower() for f in files}) == len(ids)


def test_json_names_keep_plain_ids_and_are_distinct_for_the_rest():
    assert json_name("letter_001", 1) == "letter_001.json"
    assert json_name("letter_001", 2) == "letter_001.v2.json"
    odd = ["a.v2", "a", "A", "a/b", "a_b", "a b", "../a", "", "x" * 300, "x" * 301, "é", "e"]
    names = [json_name(i, v) for i in odd for v in (1, 2)]
    assert len(set(names)) == len(names)
    assert all("/" not in n and "\\" not in n and len(n.encode()) < 100 and not n.startswith(".") for n in names)


def test_a_duplicate_manifest_id_is_refused_for_the_second_entry(tmp_path):
    corpus = tmp_path / "corpus"
    letter(corpus, "a", "Chad")
    letter(corpus, "b", "Mali")
    (corpus / "manifest.json").write_text(
        json.dumps([{"file": "a.txt", "id": "same"}, {"file": "b.txt", "id": "same"}])
    )
    report = ingest([corpus], tmp_path / "l.db", jobs=1, extract=fake_extract)
    assert (report.processed, report.failed) == (1, 1)
    assert "'same' is already given to a.txt" in failures(report)["b.txt"]
    with sqlite3.connect(tmp_path / "l.db") as conn:
        assert conn.execute("SELECT letter_id, version, source FROM letters").fetchall() == [
            ("same", 1, str(corpus / "a.txt"))
        ]


def test_manifest_files_outside_the_folder_are_refused(tmp_path):
    outside = letter(tmp_path / "elsewhere", "secret", "Chad")
    corpus = tmp_path / "corpus"
    letter(corpus, "inside", "Mali")
    (corpus / "link.txt").symlink_to(outside)
    (corpus / "sub").mkdir()
    (corpus / "sub" / "deep.txt").write_text((corpus / "inside.txt").read_text().replace("Mali", "Niger"))
    entries = [
        {"file": "inside.txt", "id": "inside"},
        {"file": "../elsewhere/secret.txt", "id": "dotdot"},
        {"file": str(outside), "id": "absolute"},
        {"file": "link.txt", "id": "link"},
        {"file": "sub/../sub/deep.txt", "id": "deep"},
    ]
    (corpus / "manifest.json").write_text(json.dumps(entries))
    files, refused = expand_paths([corpus])
    assert sorted(i for _, i in files) == ["deep", "inside"]
    assert len(refused) == 3
    assert all("outside the manifest's folder" in r.reason for r in refused)
    report = ingest([corpus], tmp_path / "l.db", jobs=1, extract=fake_extract)
    assert (report.processed, report.failed) == (2, 3)
    assert stored_ids(tmp_path / "l.db") == ["deep", "inside"]


def test_a_folder_walk_refuses_links_out_of_the_folder_and_walks_a_loop_once(tmp_path):
    outside = letter(tmp_path / "elsewhere", "secret", "Chad")
    corpus = tmp_path / "corpus"
    letter(corpus, "inside", "Mali")
    letter(corpus / "sub", "deep", "Niger")
    (corpus / "link.txt").symlink_to(outside)
    (corpus / "away").symlink_to(outside.parent, target_is_directory=True)
    (corpus / "sub" / "up").symlink_to(corpus, target_is_directory=True)  # a loop back to the top
    (corpus / "alias.txt").symlink_to(corpus / "inside.txt")  # inside: the same letter, once
    files, refused = expand_paths([corpus])
    # inside.txt and its alias are one file, taken once (under the name met first).
    assert sorted(i for _, i in files) == ["alias", "deep"]
    assert sorted(Path(r.path).name for r in refused) == ["away", "link.txt"]
    assert all("outside the folder being read" in r.reason for r in refused)
    # Named on the command line, the file outside is read.
    assert [i for _, i in expand_paths([outside])[0]] == ["secret"]


def test_an_8_gb_sparse_file_is_refused_by_its_size_at_once(tmp_path):
    huge = tmp_path / "huge.pdf"
    with open(huge, "wb") as handle:
        handle.truncate(8 * 1024**3)
    letter(tmp_path, "good", "Chad")
    began = time.monotonic()
    report = ingest([huge, tmp_path / "good.txt"], tmp_path / "l.db", jobs=1, extract=fake_extract)
    assert time.monotonic() - began < 5
    assert (report.processed, report.failed) == (1, 1)
    assert "too large" in failures(report)["huge.pdf"] and "8192 MB" in failures(report)["huge.pdf"]


def test_fifos_devices_and_sockets_are_refused_without_being_opened(tmp_path):
    folder = tmp_path / "in"
    letter(folder, "good", "Chad")
    os.mkfifo(folder / "pipe.txt")
    os.mkfifo(tmp_path / "given.pdf")
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(folder / "sock.pdf"))
    script = (
        "import sys; sys.path.insert(0, 'tests'); import extractor.store.ingest as m; import store_samples as s;"
        " m.default_extract = lambda: s.fake_extract; from extractor.cli import main;"
        f" main(['ingest', {str(folder)!r}, {str(tmp_path / 'given.pdf')!r}, '/dev/null',"
        f" '--db', {str(tmp_path / 'l.db')!r}, '--json'])"
    )
    try:
        # In a process of its own: a FIFO opened for reading would block it for ever.
        done = subprocess.run([sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True, timeout=120)
    finally:
        server.close()
    assert done.returncode == 1, done.stderr
    report = json.loads(done.stdout)
    reasons = {Path(i["path"]).name: i["reason"] for i in report["items"] if i["outcome"] == "failed"}
    assert "(a FIFO)" in reasons["pipe.txt"] and "(a FIFO)" in reasons["given.pdf"]
    assert "(a socket)" in reasons["sock.pdf"] and "(a character device)" in reasons["null"]
    assert report["processed"] == 1 and report["failed"] == 4
    assert all(r.count("\n") == 0 and "not a regular file" in r for r in reasons.values())


@pytest.mark.parametrize("content", [b"", b"  \n\t\r\n", b"\xef\xbb\xbf \n"])
def test_an_empty_or_blank_text_letter_fails_with_exit_1(tmp_path, content):
    (tmp_path / "blank.txt").write_bytes(content)
    result = CliRunner().invoke(main, ["ingest", str(tmp_path / "blank.txt"), "--db", str(tmp_path / "l.db")])
    assert result.exit_code == 1
    assert f"failed: {tmp_path / 'blank.txt'}: empty letter" in result.output
    assert stored_ids(tmp_path / "l.db") == []


@pytest.mark.parametrize("umask, mode", [(0o022, 0o644), (0o027, 0o640), (0o002, 0o664)])
def test_the_per_letter_json_follows_the_umask(tmp_path, umask, mode):
    letter(tmp_path / "in", "a", "Chad")
    previous = os.umask(umask)
    try:
        ingest([tmp_path / "in"], tmp_path / "l.db", jobs=1, extract=fake_extract, out_dir=tmp_path / "out")
    finally:
        os.umask(previous)
    assert (tmp_path / "out" / "a.json").stat().st_mode & 0o777 == mode


def test_a_file_name_that_is_not_utf8_fails_alone_and_the_batch_goes_on(tmp_path):
    corpus = tmp_path / "corpus"
    good = letter(corpus, "good", "Chad")
    (tmp_path / "corpus").joinpath(os.fsdecode(b"bad\xff.txt")).write_bytes(good.read_bytes().replace(b"Chad", b"Mali"))
    report = ingest([corpus], tmp_path / "l.db", jobs=1, extract=fake_extract)
    assert (report.processed, report.failed) == (1, 1)
    reason = failures(report)["bad\\xff.txt"]
    assert reason.endswith("bad\\xff.txt: the file name is not UTF-8 (the store keeps names as text); rename it")
    assert stored_ids(tmp_path / "l.db") == ["good"]
    with sqlite3.connect(tmp_path / "l.db") as conn:
        assert conn.execute("SELECT COUNT(*) FROM failures").fetchone()[0] == 1


def test_a_file_that_cannot_be_opened_fails_alone_with_the_read_error(tmp_path, monkeypatch):
    """The reason is errors.CannotRead's one line, as the PDF reader and the Dask cluster give it."""
    from extractor.errors import CannotRead
    from extractor.store import ingest as ingest_module

    letter(tmp_path, "locked", "Chad")
    letter(tmp_path, "open", "Mali")
    hashed = ingest_module.checked_sha256

    def refuse_locked(path, *args, **kwargs):
        if Path(path).name == "locked.txt":
            raise PermissionError(13, "Permission denied")
        return hashed(path, *args, **kwargs)

    monkeypatch.setattr(ingest_module, "checked_sha256", refuse_locked)
    report = ingest([tmp_path / "locked.txt", tmp_path / "open.txt"], tmp_path / "l.db", jobs=1, extract=fake_extract)
    assert (report.processed, report.failed) == (1, 1)
    reason = failures(report)["locked.txt"]
    assert reason == str(CannotRead(tmp_path / "locked.txt", reason="Permission denied"))
    assert reason.endswith("locked.txt: cannot read (Permission denied)")
