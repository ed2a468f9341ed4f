"""Converts recorded collection round GPS traces into formats auditors ask for."""
import subprocess
import tempfile
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from knacker.config import settings
from knacker.fleet.traces import load_trace_points

FORMATS = {"gpx": "gpx", "kml": "kml", "csv": "unicsv"}


def _to_gpx(points: list[dict], label: str) -> str:
    rows = "\n".join(
        f"<trkpt lat={quoteattr(str(p['lat']))} lon={quoteattr(str(p['lon']))}>"
        f"<time>{p['ts'].isoformat()}</time></trkpt>"
        for p in points
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<gpx version="1.1" creator="knacker">'
        f"<trk><name>{escape(label)}</name><trkseg>{rows}</trkseg></trk></gpx>"
    )


def export_trace(round_id: int, fmt: str, label: str) -> bytes:
    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {sorted(FORMATS)}")
    with tempfile.TemporaryDirectory(prefix="trace-") as tmp:
        src = Path(tmp) / "trace.gpx"
        dst = Path(tmp) / f"trace.{fmt}"
        src.write_text(_to_gpx(load_trace_points(round_id), label), encoding="utf-8")
        subprocess.run(
            [settings.GPSBABEL_BIN, "-i", "gpx", "-f", str(src), "-o", FORMATS[fmt], "-F", str(dst)],
            check=True,
            capture_output=True,
            timeout=60,
        )
        return dst.read_bytes()
