import sqlite3

import pytest

from casenotes import db
from casenotes.crypto import decrypt_note, encrypt_note
from casenotes.repository import NoteRepository

KEY = bytes.fromhex("8f1c2a7d4e6b9035a1c3e5f70246813579bdf02468ace13579bdf02468ace135")
LONG_NOTE = (
    "Client reports sleeping 4-5 hours before deadlines; agreed a wind-down routine. "
    "Mentioned conflict with flatmate — will revisit next session. Risk screen: none. "
) * 20
UNICODE_NOTE = "Séance: élève stressé 😟 — 下次复查; «Prüfungsangst» ok."


@pytest.fixture
def path(tmp_path):
    return str(tmp_path / "notes.db")


def _raw_bodies(path):
    with sqlite3.connect(path) as conn:
        return [bytes(b) for (b,) in conn.execute("SELECT body FROM notes ORDER BY id")]


def test_repository_round_trip_and_ciphertext_at_rest(path):
    repo = NoteRepository(db.connect(path), KEY)
    ids = [
        repo.add("S1048823", "r.okafor", "2025-02-03", "Discussed exam stress and sleep."),
        repo.add("S1048823", "r.okafor", "2025-02-10", LONG_NOTE),
        repo.add("S2207719", "m.novak", "2025-02-04", UNICODE_NOTE),
    ]
    assert repo.get(ids[0]).body == "Discussed exam stress and sleep."
    assert repo.get(ids[1]).body == LONG_NOTE
    assert repo.get(ids[2]).body == UNICODE_NOTE
    assert [n.body for n in repo.for_client("S1048823")] == ["Discussed exam stress and sleep.", LONG_NOTE]

    raw = _raw_bodies(path)
    assert len(raw) == 3
    assert b"exam stress" not in raw[0]
    assert b"wind-down" not in raw[1]
    assert "Prüfungsangst".encode() not in raw[2]


def test_notes_readable_from_a_new_connection(path):
    note_id = NoteRepository(db.connect(path), KEY).add("S1", "r.okafor", "2025-02-03", "follow up in March")
    again = NoteRepository(db.connect(path), KEY)
    assert again.get(note_id).body == "follow up in March"


def test_crypto_functions_round_trip():
    for text in ("", "x", "sixteen chars!!!", LONG_NOTE, UNICODE_NOTE):
        stored = encrypt_note(KEY, text)
        assert isinstance(stored, bytes)
        assert decrypt_note(KEY, stored) == text
    assert b"follow up" not in encrypt_note(KEY, "follow up in March")
