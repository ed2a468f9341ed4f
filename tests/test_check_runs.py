"""How a task's visible tests and hidden checks run: pytest in a child process, without the
plugins of the suite's own test environment (each costs start-up on every sample), with pytest's
own fixtures."""

from __future__ import annotations

import textwrap

from tasks.checks import run_visible_tests

TEST_FILE = '''
import sys


def test_the_suites_test_plugins_are_not_loaded():
    assert "_hypothesis_pytestplugin" not in sys.modules
    assert "xdist" not in sys.modules


def test_pytests_own_fixtures_work(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("CHECK_RUN", "1")
    print("written")
    assert capsys.readouterr().out == "written\\n"
    assert tmp_path.is_dir()


def test_a_failure_is_a_failure():
    assert False, "expected to fail"
'''


def test_task_tests_run_without_the_suites_plugins_and_failures_count(tmp_path):
    (tmp_path / "tests").mkdir()
    (tmp_path / "tests" / "test_env.py").write_text(textwrap.dedent(TEST_FILE))
    run = run_visible_tests(tmp_path, sandbox=False)
    assert not run.passed
    assert "1 failed, 2 passed" in run.summary, run.output
