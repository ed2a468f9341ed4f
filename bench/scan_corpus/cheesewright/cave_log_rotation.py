"""Rotation of raw cave controller log files on the gateway box."""
import gzip
import logging
import os
import shutil
import time

from cheesewright.settings import CAVE_LOG_DIR, CAVE_LOG_KEEP_DAYS

logger = logging.getLogger(__name__)

DAY = 86400


def compress(path: str) -> str:
    target = path + ".gz"
    with open(path, "rb") as src, gzip.open(target, "wb") as dst:
        shutil.copyfileobj(src, dst)
    os.remove(path)
    return target


def rotate(log_dir: str = CAVE_LOG_DIR, keep_days: int = CAVE_LOG_KEEP_DAYS) -> dict:
    now = time.time()
    stats = {"compressed": 0, "deleted": 0}
    for name in sorted(os.listdir(log_dir)):
        path = os.path.join(log_dir, name)
        if not os.path.isfile(path):
            continue
        age_days = (now - os.path.getmtime(path)) / DAY
        if name.endswith(".gz") and age_days > keep_days:
            os.remove(path)
            stats["deleted"] += 1
        elif name.endswith(".log") and age_days > 1:
            compress(path)
            stats["compressed"] += 1
    return stats


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    result = rotate()
    logger.info("Cave log rotation: %(compressed)d compressed, %(deleted)d deleted", result)
