import base64

import pytest

from casenotes import config, db
from casenotes.repository import NoteRepository

KEY = bytes(range(32))


@pytest.fixture
def repo(tmp_path):
    return NoteRepository(db.connect(str(tmp_path / "notes.db")), KEY)


def test_add_and_get(repo):
    note_id = repo.add("S1048823", "r.okafor", "2025-02-03", "Discussed exam stress.")
    note = repo.get(note_id)
    assert note.body == "Discussed exam stress."
    assert note.client_ref == "S1048823"
    assert repo.get(note_id + 100) is None


def test_notes_for_client_in_session_order(repo):
    repo.add("S1", "r.okafor", "2025-02-10", "second")
    repo.add("S1", "r.okafor", "2025-02-03", "first")
    repo.add("S2", "m.novak", "2025-02-04", "other client")
    assert [n.body for n in repo.for_client("S1")] == ["first", "second"]


def test_load_notes_key():
    encoded = base64.urlsafe_b64encode(KEY).decode()
    assert config.load_notes_key({"CASENOTES_KEY": encoded}) == KEY
    for bad in ({}, {"CASENOTES_KEY": "c2hvcnQ="}, {"CASENOTES_KEY": "***"}):
        with pytest.raises(config.ConfigError):
            config.load_notes_key(bad)
