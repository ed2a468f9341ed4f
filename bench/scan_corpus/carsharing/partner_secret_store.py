"""Storage of partner-supplied credentials (e.g. hotel PMS API tokens).

We keep the partner's outbound credentials encrypted at rest with Fernet.
Keys come from the ``PARTNER_SECRET_KEYS`` env var (comma separated, newest
first) so they can be rotated with ``rotate_all``.
"""
import os

from cryptography.fernet import Fernet, InvalidToken, MultiFernet


def _keyring() -> MultiFernet:
    keys = [k.strip() for k in os.environ["PARTNER_SECRET_KEYS"].split(",") if k.strip()]
    if not keys:
        raise RuntimeError("PARTNER_SECRET_KEYS is empty")
    return MultiFernet([Fernet(k) for k in keys])


class PartnerSecretStore:
    def __init__(self, db):
        self._db = db
        self._f = _keyring()

    def save(self, partner_id: int, name: str, value: str) -> None:
        token = self._f.encrypt(value.encode("utf-8"))
        self._db.execute(
            "INSERT INTO partner_secrets (partner_id, name, token) VALUES (%s, %s, %s) "
            "ON CONFLICT (partner_id, name) DO UPDATE SET token = EXCLUDED.token",
            (partner_id, name, token),
        )

    def load(self, partner_id: int, name: str) -> str | None:
        row = self._db.fetchone(
            "SELECT token FROM partner_secrets WHERE partner_id = %s AND name = %s",
            (partner_id, name),
        )
        if row is None:
            return None
        try:
            return self._f.decrypt(bytes(row[0])).decode("utf-8")
        except InvalidToken:
            raise RuntimeError(f"secret {name!r} for partner {partner_id} cannot be decrypted")

    def rotate_all(self) -> int:
        rows = self._db.fetchall("SELECT id, token FROM partner_secrets")
        for row_id, token in rows:
            self._db.execute("UPDATE partner_secrets SET token = %s WHERE id = %s",
                             (self._f.rotate(bytes(token)), row_id))
        return len(rows)
