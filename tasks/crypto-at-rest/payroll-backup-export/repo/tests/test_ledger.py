from pathlib import Path

from payroll import cli, store

SAMPLE = Path(__file__).resolve().parent.parent / "data" / "sample_payroll.json"


def test_sample_ledger_loads():
    ledger = store.load(str(SAMPLE))
    assert store.headcount_and_cost(ledger) == (3, 183750.0)


def test_save_and_load_round_trip(tmp_path):
    path = str(tmp_path / "ledger.json")
    assert store.load(path)["employees"] == []
    ledger = store.load(str(SAMPLE))
    store.save(path, ledger)
    assert store.load(path) == ledger


def test_summary_command(capsys):
    assert cli.main(["--data", str(SAMPLE), "summary"]) == 0
    assert capsys.readouterr().out.startswith("3 employees, annual cost 183,750.00")


def test_import_refuses_to_overwrite(tmp_path, capsys):
    target = tmp_path / "ledger.json"
    target.write_text("{}")
    assert cli.main(["--data", str(target), "import-backup", str(tmp_path / "x.bak")]) == 1
