"""Loudness-normalise podcast episodes before they go into the feed."""
import logging
import pathlib
import shlex
import subprocess
import tempfile

import boto3

log = logging.getLogger(__name__)

TARGET_LUFS = -16
s3 = boto3.client("s3")


def normalize(src: pathlib.Path, dst: pathlib.Path, bitrate: str = "128k") -> None:
    cmd = [
        "ffmpeg", "-y", "-hide_banner",
        "-i", str(src),
        "-af", f"loudnorm=I={TARGET_LUFS}:TP=-1.5:LRA=11",
        "-c:a", "libmp3lame", "-b:a", bitrate,
        str(dst),
    ]
    log.debug("running %s", shlex.join(cmd))
    subprocess.run(cmd, check=True, capture_output=True, timeout=1800)


def process_episode(bucket: str, key: str, output_bucket: str) -> str:
    with tempfile.TemporaryDirectory() as tmp:
        workdir = pathlib.Path(tmp)
        src = workdir / "source"
        dst = workdir / "episode.mp3"
        s3.download_file(bucket, key, str(src))
        normalize(src, dst)
        out_key = f"episodes/{pathlib.PurePosixPath(key).stem}.mp3"
        s3.upload_file(str(dst), output_bucket, out_key, ExtraArgs={"ContentType": "audio/mpeg"})
    return out_key
