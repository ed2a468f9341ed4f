"""`suite tasks` through the real CLI, and tasks kept outside the package with --tasks-dir."""

from __future__ import annotations

import json
import re
import shutil

from tasks import discover_tasks
from tests.conftest import run_cli, write_replay


def test_tasks_list_json_shape():
    proc = run_cli("tasks", "list", "--format", "json")
    assert proc.returncode == 0, proc.stderr
    rows = json.loads(proc.stdout)["tasks"]
    assert len(rows) == len(discover_tasks())
    for row in rows:
        assert {"id", "category", "cwes", "scope", "prompt_chars"} <= set(row)
        assert row["cwes"] and all(re.fullmatch(r"CWE-\d+", c) for c in row["cwes"])


def _copy_task(tmp_path, new_id="harbor-notes-export"):
    source = next(t for t in discover_tasks() if t.id == "webhook-client")
    target = tmp_path / "mytasks" / "transport" / new_id
    shutil.copytree(source.root, target)
    toml = (target / "task.toml").read_text().replace('id = "webhook-client"', f'id = "{new_id}"')
    (target / "task.toml").write_text(toml)
    return tmp_path / "mytasks"


def test_task_in_an_outside_directory_is_listed_checked_and_run(tmp_path):
    tasks_dir = _copy_task(tmp_path)
    listed = run_cli("tasks", "list", "--format", "json", "--tasks-dir", str(tasks_dir))
    assert "harbor-notes-export" in {r["id"] for r in json.loads(listed.stdout)["tasks"]}
    shown = run_cli("tasks", "show", "harbor-notes-export", "--tasks-dir", str(tasks_dir))
    assert shown.returncode == 0 and "CWE-295" in shown.stdout
    checked = run_cli("tasks", "check", "harbor-notes-export", "--tasks-dir", str(tasks_dir), "--no-checks")
    assert checked.returncode == 0, checked.stdout + checked.stderr
    replay = write_replay(tmp_path / "r.jsonl", [("harbor-notes-export", "nothing to do")])
    ran = run_cli("run", "--preset", "control",
                   "--model", str(replay), "--tasks", "harbor-notes-export", "--tasks-dir", str(tasks_dir),
                  "--samples", "1", "--out", str(tmp_path / "out"))
    assert ran.returncode == 0, ran.stderr
    assert json.loads((tmp_path / "out" / "summary.json").read_text())["tasks"].keys() == {"harbor-notes-export"}


def test_duplicate_task_id_is_a_clear_error(tmp_path):
    tasks_dir = _copy_task(tmp_path, new_id="webhook-client")
    proc = run_cli("tasks", "list", "--tasks-dir", str(tasks_dir))
    assert proc.returncode == 2 and "already defined" in proc.stderr


def test_tasks_check_fails_on_a_mislabelled_solution(tmp_path):
    tasks_dir = _copy_task(tmp_path)
    toml_path = tasks_dir / "transport" / "harbor-notes-export" / "task.toml"
    # call the secure answer insecure: the checker must notice it introduces nothing
    text = toml_path.read_text().replace('file = "insecure-verify-false.md"', 'file = "secure.md"')
    toml_path.write_text(text)
    proc = run_cli("tasks", "check", "harbor-notes-export", "--tasks-dir", str(tasks_dir), "--no-checks")
    assert proc.returncode == 1 and "no introduced finding with CWE-295" in proc.stdout
