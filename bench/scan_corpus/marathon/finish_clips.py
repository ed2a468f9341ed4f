"""Cut personalised finish-line video clips for runners.

Runs as a worker: takes jobs off the queue, trims the camera recording around
the runner's finish time and burns their name into the clip.
"""
import logging
import os
import subprocess
from pathlib import Path

from clips.queue import next_job, mark_done

log = logging.getLogger("clips")

FFMPEG = os.environ.get("FFMPEG_BIN", "ffmpeg")
OUTPUT_DIR = Path(os.environ.get("CLIP_OUTPUT_DIR", "/srv/clips"))
PRE_ROLL = 6
CLIP_LENGTH = 14


def _overlay_filter(display_name: str, finish_time: str) -> str:
    return (
        f"drawtext=text='{display_name}  {finish_time}':"
        "fontcolor=white:fontsize=48:x=(w-text_w)/2:y=h-120"
    )


def build_command(source: str, offset: float, display_name: str, finish_time: str, out: Path) -> str:
    start = max(offset - PRE_ROLL, 0)
    vf = _overlay_filter(display_name, finish_time)
    return f'{FFMPEG} -y -ss {start:.2f} -i {source} -t {CLIP_LENGTH} -vf "{vf}" -c:a copy {out}'


def process(job: dict) -> Path:
    out = OUTPUT_DIR / f"{job['bib']}.mp4"
    cmd = build_command(job["source"], job["offset"], job["display_name"], job["finish_time"], out)
    subprocess.run(cmd, shell=True, check=True, capture_output=True)
    return out


def run_worker() -> None:
    while (job := next_job()) is not None:
        try:
            path = process(job)
            mark_done(job["id"], str(path))
        except subprocess.CalledProcessError as exc:
            log.error("clip for bib %s failed: %s", job["bib"], exc.stderr[-500:])


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    run_worker()
