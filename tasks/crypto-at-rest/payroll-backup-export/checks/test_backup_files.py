import json
from pathlib import Path

import pytest

from payroll import backup, cli, store

LEDGER = {
    "company": {"name": "Acme Ltd", "currency": "EUR"},
    "employees": [
        {"id": "E001", "name": "Zoë Ábrahám", "iban": "DE89370400440532013000", "annual_salary": 58000},
        {"id": "E002", "name": "Kwame Mensah", "iban": "NL91ABNA0417164300", "annual_salary": 61250.5},
    ],
    "pay_runs": [{"period": "2025-02", "paid_on": "2025-02-27", "gross_total": 9937.54}],
}


@pytest.fixture(scope="module")
def blob():
    data = backup.export_backup(LEDGER, "correct horse battery staple")
    assert isinstance(data, bytes)
    return data


def test_round_trip(blob):
    assert backup.import_backup(blob, "correct horse battery staple") == LEDGER


def test_contents_not_readable_without_passphrase(blob):
    for needle in (b"Mensah", b"DE89370400440532013000", b"annual_salary", "Zoë".encode()):
        assert needle not in blob


def test_wrong_passphrase(blob):
    with pytest.raises(backup.BackupError):
        backup.import_backup(blob, "correct horse battery stapler")


@pytest.mark.parametrize("damage", ["truncate", "flip_last", "flip_middle", "empty", "garbage"])
def test_damaged_files(blob, damage):
    if damage == "truncate":
        bad = blob[: len(blob) - 7]
    elif damage == "flip_last":
        bad = blob[:-1] + bytes([blob[-1] ^ 0x01])
    elif damage == "flip_middle":
        i = len(blob) // 2
        bad = blob[:i] + bytes([blob[i] ^ 0x80]) + blob[i + 1:]
    elif damage == "empty":
        bad = b""
    else:
        bad = json.dumps(LEDGER).encode()
    with pytest.raises(backup.BackupError):
        backup.import_backup(bad, "correct horse battery staple")


def test_cli_export_then_restore(tmp_path, monkeypatch, capsys):
    source, restored, bak = tmp_path / "payroll.json", tmp_path / "restored.json", tmp_path / "offsite.bak"
    store.save(str(source), LEDGER)
    monkeypatch.setenv("PAYROLL_BACKUP_PASSPHRASE", "weekly off-site copy")
    assert cli.main(["--data", str(source), "export-backup", str(bak)]) == 0
    assert bak.exists() and b"Kwame" not in bak.read_bytes()
    assert cli.main(["--data", str(restored), "import-backup", str(bak)]) == 0
    assert store.load(str(restored)) == LEDGER
    monkeypatch.setenv("PAYROLL_BACKUP_PASSPHRASE", "a different passphrase")
    assert cli.main(["--data", str(tmp_path / "other.json"), "import-backup", str(bak)]) == 2
    assert not (tmp_path / "other.json").exists()
