"""Analysis of pipe recordings made during voicing.

Voicers record individual pipes on the voicing machine and upload the WAV
files. A background task runs the recording through sox to get peak level and
dominant frequency, which are stored against the pipe so the scaling team can
compare speech across a rank.
"""
import re
import subprocess
from pathlib import Path

from celery import Celery

celery_app = Celery("voicing", broker="redis://redis.organworks.internal:6379/2")

UPLOAD_DIR = Path("/srv/organworks/voicing-uploads")
SOX_BIN = "/usr/bin/sox"
STAT_PATTERN = re.compile(r"^(?P<key>[A-Za-z ]+?)\s*:\s+(?P<value>-?[\d.]+)", re.M)


def stat_command(recording: str) -> str:
    return f'{SOX_BIN} "{UPLOAD_DIR / recording}" -n stat'


def parse_stats(output: str) -> dict[str, float]:
    return {m["key"].strip().lower(): float(m["value"]) for m in STAT_PATTERN.finditer(output)}


@celery_app.task(name="voicing.analyse_recording")
def analyse_recording(pipe_id: int, recording: str) -> dict:
    proc = subprocess.run(
        stat_command(recording),
        shell=True,
        capture_output=True,
        text=True,
        timeout=120,
    )
    if proc.returncode != 0:
        raise RuntimeError(f"sox failed for pipe {pipe_id}: {proc.stderr.strip()[:200]}")
    stats = parse_stats(proc.stderr)
    result = {
        "pipe_id": pipe_id,
        "peak_amplitude": stats.get("maximum amplitude"),
        "rms_amplitude": stats.get("rms amplitude"),
        "rough_frequency_hz": stats.get("rough frequency"),
    }
    store_result.delay(result)
    return result


@celery_app.task(name="voicing.store_result")
def store_result(result: dict) -> None:
    from organworks.voicing import record_pipe_analysis

    record_pipe_analysis(**result)
