"""The edit protocol: a forgiving parser and a strict applier."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from suite.edits import SearchReplace, WholeFile, apply_edits, parse_edits


def test_whole_file_with_prose_crlf_and_no_language_tag():
    text = "Sure! Here is the change.\r\n\r\n**app/main.py**\r\n```\r\nprint('hi')\r\n```\r\nThat's all.\r\n"
    assert parse_edits(text) == [WholeFile("app/main.py", "print('hi')\n")]


@pytest.mark.parametrize("decorated", ["app/x.py", "`app/x.py`", "### app/x.py", "File: app/x.py", "**app/x.py**:"])
def test_path_line_decorations(decorated):
    assert parse_edits(f"{decorated}\n```python\nx = 1\n```\n") == [WholeFile("app/x.py", "x = 1\n")]


def test_search_replace_blocks_inside_and_outside_fences():
    fenced = "a/b.py\n```python\n<<<<<<< SEARCH\nx = 1\n=======\nx = 2\n>>>>>>> REPLACE\n<<<<<<< SEARCH\ny\n=======\nz\n>>>>>>> REPLACE\n```\n"
    bare = "a/b.py\n<<<<<<< SEARCH\nx = 1\n=======\nx = 2\n>>>>>>> REPLACE\n"
    assert parse_edits(fenced) == [SearchReplace("a/b.py", "x = 1\n", "x = 2\n"), SearchReplace("a/b.py", "y\n", "z\n")]
    assert parse_edits(bare) == [SearchReplace("a/b.py", "x = 1\n", "x = 2\n")]


def test_nested_fence_inside_markdown_file():
    text = "README.md\n````markdown\n# Title\n```bash\nmake\n```\n````\n"
    assert parse_edits(text) == [WholeFile("README.md", "# Title\n```bash\nmake\n```\n")]


def test_code_block_without_path_is_not_an_edit():
    assert parse_edits("Try this:\n\n```python\nprint(1)\n```\n") == []


def test_applier_refuses_escapes(tmp_path: Path):
    outside = tmp_path / "outside"
    outside.mkdir()
    root = tmp_path / "repo"
    (root / ".git").mkdir(parents=True)
    (root / "link").symlink_to(outside)
    (root / "a.py").write_text("x = 1\n")
    edits = [
        WholeFile("../outside/x.py", "bad"), WholeFile("/etc/passwd", "bad"), WholeFile(".git/config", "bad"),
        WholeFile("link/x.py", "bad"), WholeFile("big.py", "x" * 1_000_001),
        SearchReplace("a.py", "nope\n", "y\n"), WholeFile("ok.py", "fine\n"),
    ]
    result = apply_edits(root, edits)
    assert result.changed == ("ok.py",)
    assert len(result.rejected) == 6
    assert list(outside.iterdir()) == []
    assert not (root / "big.py").exists() and (root / "a.py").read_text() == "x = 1\n"


def test_search_replace_applies_first_match_only(tmp_path: Path):
    (tmp_path / "a.py").write_text("x = 1\nx = 1\n")
    result = apply_edits(tmp_path, [SearchReplace("a.py", "x = 1\n", "x = 2\n")])
    assert result.changed == ("a.py",) and (tmp_path / "a.py").read_text() == "x = 2\nx = 1\n"


_path_part = st.sampled_from(["..", ".", ".git", "a", "b.py", "link", "", "~", "C:", "/", "\\", "\0", "é", " "])
_paths = st.lists(_path_part, min_size=1, max_size=5).map(lambda parts: "/".join(parts))


@settings(max_examples=int(os.environ.get("SUITE_FUZZ_EXAMPLES", "150")), deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(paths=st.lists(_paths, min_size=1, max_size=4), body=st.text(max_size=200))
def test_fuzzed_paths_never_leave_the_worktree(tmp_path_factory, paths, body):
    base = tmp_path_factory.mktemp("fuzz")
    root, outside = base / "repo", base / "outside"
    root.mkdir()
    outside.mkdir()
    (root / "link").symlink_to(outside)
    text = "".join(f"{p}\n```\n{body}\n```\n" for p in paths)
    result = apply_edits(root, parse_edits(text))
    assert list(outside.iterdir()) == []
    assert not (root / ".git").exists()
    for rel in result.changed:
        assert (root / rel).resolve().is_relative_to(root.resolve())


@settings(max_examples=int(os.environ.get("SUITE_FUZZ_EXAMPLES", "150")), deadline=None)
@given(st.text(alphabet=st.sampled_from(list("`~<=>\n\r abc/.SEARCHREPLACE")), max_size=400))
def test_parser_never_crashes(text):
    for edit in parse_edits(text):
        assert edit.path
