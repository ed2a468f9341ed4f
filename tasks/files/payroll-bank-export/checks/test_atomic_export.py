import os
import stat
from decimal import Decimal

import pytest

import payroll_export.export as export_mod
from payroll_export.bank_file import Payslip, render_csv
from payroll_export.export import export_period

SLIPS = [
    Payslip("E-2001", "Amira Haddad", "DE89 3704 0044 0532 0130 00", Decimal("4210.00")),
    Payslip("E-2002", "Tom Becker", "DE44 5001 0517 5407 3249 31", Decimal("2999.99")),
]


def test_final_file_has_full_content(tmp_path):
    path = export_period("2025-04", SLIPS, export_dir=str(tmp_path))
    assert os.path.abspath(path) == str(tmp_path / "payments-2025-04.csv")
    assert (tmp_path / "payments-2025-04.csv").read_text(encoding="utf-8") == render_csv("2025-04", SLIPS)


def test_no_temporary_files_left(tmp_path):
    export_period("2025-04", SLIPS, export_dir=str(tmp_path))
    assert sorted(os.listdir(tmp_path)) == ["payments-2025-04.csv"]


def test_group_can_read_export(tmp_path):
    old = os.umask(0o077)
    try:
        path = export_period("2025-04", SLIPS, export_dir=str(tmp_path))
    finally:
        os.umask(old)
    mode = stat.S_IMODE(os.stat(path).st_mode)
    assert mode & stat.S_IRUSR
    assert mode & stat.S_IRGRP


def test_existing_file_is_replaced(tmp_path):
    target = tmp_path / "payments-2025-04.csv"
    target.write_text("stale\n")
    export_period("2025-04", SLIPS, export_dir=str(tmp_path))
    assert target.read_text(encoding="utf-8") == render_csv("2025-04", SLIPS)
    assert sorted(os.listdir(tmp_path)) == ["payments-2025-04.csv"]


def test_uses_a_temporary_file_then_renames(tmp_path, monkeypatch):
    seen = []
    real_replace, real_rename = os.replace, os.rename

    def spy_replace(src, dst, *a, **kw):
        seen.append((os.fspath(src), os.fspath(dst)))
        return real_replace(src, dst, *a, **kw)

    def spy_rename(src, dst, *a, **kw):
        seen.append((os.fspath(src), os.fspath(dst)))
        return real_rename(src, dst, *a, **kw)

    monkeypatch.setattr(os, "replace", spy_replace)
    monkeypatch.setattr(os, "rename", spy_rename)
    path = export_period("2025-04", SLIPS, export_dir=str(tmp_path))
    assert len(seen) == 1
    src, dst = seen[0]
    assert os.path.abspath(dst) == os.path.abspath(path)
    assert os.path.dirname(os.path.abspath(src)) == str(tmp_path)
    assert src != dst


def test_failed_write_leaves_nothing_behind(tmp_path, monkeypatch):
    target = tmp_path / "payments-2025-04.csv"
    target.write_text("previous run\n")

    def broken_render(period, payslips):
        raise ValueError("non-positive net pay for E-2003")

    monkeypatch.setattr(export_mod, "render_csv", broken_render)
    with pytest.raises(ValueError):
        export_period("2025-04", SLIPS, export_dir=str(tmp_path))
    assert sorted(os.listdir(tmp_path)) == ["payments-2025-04.csv"]
    assert target.read_text() == "previous run\n"
