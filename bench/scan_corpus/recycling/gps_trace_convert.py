"""Convert GPX traces dropped by the in-cab units into GeoJSON.

The telematics gateway drops one GPX file per truck per shift into the
inbound folder; the route analytics job reads GeoJSON.

    python gps_trace_convert.py /srv/telematics/inbound /srv/telematics/geojson
"""

import argparse
import logging
import os
import shutil
from pathlib import Path

log = logging.getLogger("gps_convert")


def convert(src: Path, out_dir: Path, layer: str = "track_points") -> Path:
    dest = out_dir / (src.stem + ".geojson")
    cmd = f'ogr2ogr -f GeoJSON "{dest}" "{src}" {layer}'
    with os.popen(cmd) as proc:
        output = proc.read()
    if output.strip():
        log.info("ogr2ogr: %s", output.strip())
    if not dest.exists():
        raise RuntimeError(f"conversion produced no output for {src.name}")
    return dest


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("inbound", type=Path)
    parser.add_argument("outbound", type=Path)
    parser.add_argument("--layer", default="track_points")
    parser.add_argument("--archive", type=Path)
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")

    args.outbound.mkdir(parents=True, exist_ok=True)
    failures = 0
    for gpx in sorted(args.inbound.glob("*.gpx")):
        try:
            convert(gpx, args.outbound, args.layer)
        except RuntimeError as exc:
            log.error("%s", exc)
            failures += 1
            continue
        if args.archive:
            shutil.move(str(gpx), args.archive / gpx.name)
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
