"""Renders waveform PNGs for audition recordings shown in the panel review screen."""
import logging
import os
import subprocess
from tempfile import mktemp as _scratch_name

import boto3

log = logging.getLogger(__name__)

PREVIEW_BUCKET = os.environ.get("AUDITION_PREVIEW_BUCKET", "nyc-audition-previews")
WAVEFORM = {
    "size": "1200x160",
    "colour": "0x1f4e79",
    "scratch_suffix": ".png",
}


def _render(src: str, out: str, settings: dict = WAVEFORM) -> None:
    subprocess.run(
        [
            "ffmpeg", "-hide_banner", "-loglevel", "error", "-y",
            "-i", src,
            "-filter_complex", f"showwavespic=s={settings['size']}:colors={settings['colour']}",
            "-frames:v", "1",
            out,
        ],
        check=True,
        timeout=120,
    )


def render_preview(recording_path: str, upload_id: int, settings: dict = WAVEFORM) -> str:
    """Render a waveform, push it to S3 and return the object key."""
    scratch = _scratch_name(suffix=settings["scratch_suffix"], prefix=f"wave-{upload_id}-")
    try:
        _render(recording_path, scratch, settings)
        key = f"waveforms/{upload_id}.png"
        boto3.client("s3").upload_file(
            scratch,
            PREVIEW_BUCKET,
            key,
            ExtraArgs={"ContentType": "image/png", "CacheControl": "max-age=86400"},
        )
    finally:
        if os.path.exists(scratch):
            os.remove(scratch)
    log.info("Waveform for upload %s stored at %s", upload_id, key)
    return key


def preview_url(upload_id: int, expires: int = 900) -> str:
    return boto3.client("s3").generate_presigned_url(
        "get_object",
        Params={"Bucket": PREVIEW_BUCKET, "Key": f"waveforms/{upload_id}.png"},
        ExpiresIn=expires,
    )
