"""Reading and writing session notes."""
from dataclasses import dataclass


@dataclass(frozen=True)
class Note:
    id: int
    client_ref: str
    counsellor: str
    session_date: str
    body: str


class NoteRepository:
    def __init__(self, conn, key: bytes):
        self._conn = conn
        self._key = key  # note key from config.load_notes_key()

    def add(self, client_ref: str, counsellor: str, session_date: str, body: str) -> int:
        with self._conn:
            cur = self._conn.execute(
                "INSERT INTO notes (client_ref, counsellor, session_date, body) VALUES (?, ?, ?, ?)",
                (client_ref, counsellor, session_date, body.encode("utf-8")),
            )
        return cur.lastrowid

    def get(self, note_id: int) -> Note | None:
        row = self._conn.execute("SELECT * FROM notes WHERE id = ?", (note_id,)).fetchone()
        return self._to_note(row) if row else None

    def for_client(self, client_ref: str) -> list[Note]:
        rows = self._conn.execute(
            "SELECT * FROM notes WHERE client_ref = ? ORDER BY session_date, id", (client_ref,)
        ).fetchall()
        return [self._to_note(r) for r in rows]

    def _to_note(self, row) -> Note:
        return Note(row["id"], row["client_ref"], row["counsellor"], row["session_date"],
                    bytes(row["body"]).decode("utf-8"))
