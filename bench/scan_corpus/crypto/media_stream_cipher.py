"""Segment encryption for the legacy set-top-box playout channel.

Newer players fetch HLS with SAMPLE-AES; the 2014-era boxes still in the
field only understand the stream cipher configured here.
"""
import base64
import os
from dataclasses import dataclass
from pathlib import Path

import boto3
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms

CHUNK = 64 * 1024


@dataclass
class ChannelKey:
    channel_id: str
    key: bytes


def fetch_channel_key(channel_id: str) -> ChannelKey:
    """Channel keys live in Secrets Manager under the playout prefix."""
    client = boto3.client("secretsmanager", region_name=os.environ.get("AWS_REGION", "eu-west-1"))
    secret = client.get_secret_value(SecretId=f"playout/{channel_id}/segment-key")
    return ChannelKey(channel_id=channel_id, key=base64.b64decode(secret["SecretString"]))


def encrypt_segment(src: Path, dst: Path, channel: ChannelKey) -> int:
    encryptor = Cipher(algorithms.ARC4(channel.key), mode=None).encryptor()
    written = 0
    with src.open("rb") as fin, dst.open("wb") as fout:
        while block := fin.read(CHUNK):
            out = encryptor.update(block)
            fout.write(out)
            written += len(out)
        fout.write(encryptor.finalize())
    return written


def encrypt_playlist_segments(playlist_dir: Path, out_dir: Path, channel_id: str) -> list[Path]:
    channel = fetch_channel_key(channel_id)
    out_dir.mkdir(parents=True, exist_ok=True)
    outputs = []
    for segment in sorted(playlist_dir.glob("*.ts")):
        target = out_dir / segment.name
        encrypt_segment(segment, target, channel)
        outputs.append(target)
    return outputs
