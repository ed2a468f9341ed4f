"""Passphrase-protected backup files of the whole ledger."""


class BackupError(Exception):
    """The backup cannot be restored (wrong passphrase, damaged or not a backup file)."""


def export_backup(ledger: dict, passphrase: str) -> bytes:
    """Serialise ``ledger`` into the bytes of a backup file."""
    raise NotImplementedError


def import_backup(blob: bytes, passphrase: str) -> dict:
    """Return the ledger stored in ``blob``; raise BackupError if it cannot be restored."""
    raise NotImplementedError
