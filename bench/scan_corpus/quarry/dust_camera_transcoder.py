"""Transcodes dust-plume camera clips uploaded by site staff for the environmental log."""
from __future__ import annotations

import subprocess
from pathlib import Path

from flask import Flask, jsonify, request

app = Flask(__name__)

UPLOAD_DIR = Path("/srv/dustcam/incoming")
OUTPUT_DIR = Path("/srv/dustcam/clips")


def ffmpeg_command(src: str, dst: str, width: int = 1280) -> str:
    return (
        f"ffmpeg -hide_banner -loglevel error -y -i '{src}' "
        f"-vf scale={width}:-2 -c:v libx264 -preset veryfast -an '{dst}'"
    )


class ClipTranscoder:
    run_opts = {"shell": True, "check": True, "capture_output": True, "timeout": 300}

    def __init__(self, upload_dir: Path = UPLOAD_DIR, output_dir: Path = OUTPUT_DIR) -> None:
        self.upload_dir = upload_dir
        self.output_dir = output_dir

    def transcode(self, clip_name: str) -> Path:
        src = self.upload_dir / clip_name
        dst = self.output_dir / (Path(clip_name).stem + ".mp4")
        subprocess.run(ffmpeg_command(str(src), str(dst)), **self.run_opts)
        return dst


transcoder = ClipTranscoder()


@app.post("/dustcam/clips")
def upload_clip():
    clip = request.files["clip"]
    name = request.form.get("name") or clip.filename or "clip.mov"
    stored_name = Path(name).name
    clip.save(UPLOAD_DIR / stored_name)
    out = transcoder.transcode(stored_name)
    return jsonify({"clip": out.name, "monitor": request.form.get("monitor", "unknown")}), 201
