"""`suite run` through the real CLI on a tiny random-weight Llama checkpoint built in a temp dir."""

from __future__ import annotations

import json
import sqlite3

import pytest

from tests.conftest import run_cli
from tests.tiny_model import build_tiny_model

TASK = "webhook-client"


@pytest.fixture(scope="module")
def tiny_model_dir(tmp_path_factory):
    return build_tiny_model(tmp_path_factory.mktemp("tiny-llama"), max_position_embeddings=16384)


def test_suite_run_on_a_local_transformers_checkpoint(tiny_model_dir, tmp_path):
    out = tmp_path / "out"
    proc = run_cli("run", "--preset", "control",
                   "--model", str(tiny_model_dir), "--tasks", TASK, "--samples", "3", "--max-new-tokens", "12",
                   "--device", "cpu", "--out", str(out))
    assert proc.returncode == 0, proc.stderr
    summary = json.loads((out / "summary.json").read_text())
    assert summary["samples"]["total"] == 3
    assert summary["model"]["fingerprint"].startswith("sha256:")
    # random weights write no edit protocol: every sample is recorded as such, none as clean
    assert summary["samples"]["no_valid_edit"] + summary["samples"]["refused"] == 3
    con = sqlite3.connect(out / "store.sqlite")
    rows = con.execute("SELECT prompt_tokens, output_tokens, seed FROM samples").fetchall()
    assert len(rows) == 3 and all(p > 1000 and 0 < o <= 12 for p, o, _ in rows)
    assert len({seed for _, _, seed in rows}) == 3


def test_prompt_longer_than_the_context_window_is_recorded_not_truncated(tmp_path):
    small = build_tiny_model(tmp_path / "small", max_position_embeddings=256)
    out = tmp_path / "out"
    proc = run_cli("run", "--preset", "control",
                   "--model", str(small), "--tasks", TASK, "--samples", "1", "--max-new-tokens", "8",
                   "--device", "cpu", "--out", str(out))
    assert proc.returncode == 0, proc.stderr
    row = json.loads((out / "samples.jsonl").read_text().splitlines()[0])
    assert row["outcome"] == "error" and TASK in row["error"] and "context window" in row["error"]


def test_directory_without_tokenizer_is_a_one_line_error(tiny_model_dir, tmp_path):
    bare = tmp_path / "bare"
    bare.mkdir()
    for name in ("config.json", "model.safetensors"):
        (bare / name).write_bytes((tiny_model_dir / name).read_bytes())
    proc = run_cli("run", "--preset", "control",
                   "--model", str(bare), "--tasks", TASK, "--samples", "1", "--out", str(tmp_path / "o"))
    assert proc.returncode == 2
    assert [l for l in proc.stderr.splitlines() if l.strip()][0].startswith("error:")
    assert "Traceback" not in proc.stderr
