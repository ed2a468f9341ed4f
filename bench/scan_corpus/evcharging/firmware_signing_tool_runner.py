"""Sign charger firmware images with the release key before they are published."""
from __future__ import annotations

import hashlib
import json
import os
import subprocess
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class SigningJob:
    image: Path
    model: str
    version: str


def _tool_environment() -> dict[str, str]:
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "LC_ALL": "C"}
    if "OPENSSL_CONF" in os.environ:
        env["OPENSSL_CONF"] = os.environ["OPENSSL_CONF"]
    return env


def _sign(image: Path, key_path: Path) -> bytes:
    result = subprocess.run(
        ["openssl", "dgst", "-sha256", "-sign", str(key_path), str(image)],
        env=_tool_environment(),
        capture_output=True,
        check=True,
        timeout=120,
    )
    return result.stdout


def sign_release(job: SigningJob, key_path: Path, out_dir: Path) -> Path:
    digest = hashlib.sha256(job.image.read_bytes()).hexdigest()
    signature = _sign(job.image, key_path)
    sig_path = out_dir / f"{job.image.name}.sig"
    sig_path.write_bytes(signature)
    manifest = {
        "model": job.model,
        "version": job.version,
        "image": job.image.name,
        "sha256": digest,
        "signature": sig_path.name,
    }
    manifest_path = out_dir / f"{job.model}-{job.version}.json"
    manifest_path.write_text(json.dumps(manifest, indent=2))
    return manifest_path


if __name__ == "__main__":
    import sys

    image, model, version = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
    key = Path(os.environ["VG_FIRMWARE_SIGNING_KEY"])
    print(sign_release(SigningJob(image, model, version), key, image.parent))
