"""semgrep runs as several single-threaded processes over shards of the files: the shards must cover
every file once, keep command lines bounded, and find exactly what one process finds."""

from __future__ import annotations

import shutil

from hypothesis import given, settings
from hypothesis import strategies as st

from scanners import RULES_DIR
from scanners.semgrep import _shards, run_semgrep


@settings(max_examples=60, deadline=None)
@given(sizes=st.lists(st.integers(0, 5000), min_size=1, max_size=60), jobs=st.integers(1, 6),
       max_files=st.integers(1, 20))
def test_shards_cover_every_file_once_within_the_cap(tmp_path_factory, sizes, jobs, max_files):
    root = tmp_path_factory.mktemp("shards")
    files = []
    for i, size in enumerate(sizes):
        (root / f"f{i}.py").write_text("x" * size)
        files.append(f"f{i}.py")
    shards = _shards(root, files, jobs, max_files=max_files)
    assert sorted(f for shard in shards for f in shard) == sorted(files)
    assert all(0 < len(shard) <= max_files for shard in shards)
    assert len(shards) <= max(jobs, -(-len(files) // max_files))
    if max_files >= len(files):  # no cap binds: largest-first keeps the loads within one file of each other
        loads = [sum(len((root / f).read_text()) + 1 for f in shard) for shard in shards]
        assert max(loads) - min(loads) <= max(sizes) + 1


def test_sharded_scan_finds_what_one_process_finds(tmp_path):
    for i, test_file in enumerate(sorted(RULES_DIR.rglob("*.py"))):
        target = tmp_path / f"{i:02d}" / test_file.name
        target.parent.mkdir()
        shutil.copy(test_file, target)
    one, one_failed = run_semgrep(tmp_path, jobs=1)
    many, many_failed = run_semgrep(tmp_path, jobs=3)
    assert one_failed == many_failed == {}
    assert sum(map(len, one.values())) > 100  # the rule test files are full of findings

    def key(found: dict) -> list:
        return sorted((f.path, f.rule_id, f.line, f.end_line, f.fingerprint) for fs in found.values() for f in fs)
    assert key(one) == key(many)
