"""On-the-fly band math for the tile server, e.g. ``(nir - red) / (nir + red)``."""
import numpy as np
import rasterio
from fastapi import APIRouter, HTTPException, Query
from fastapi.responses import Response

from tiles.render import colormap_png
from tiles.storage import scene_path

router = APIRouter(prefix="/bandmath")

BAND_INDEX = {"blue": 1, "green": 2, "red": 3, "nir": 4, "swir1": 5, "swir2": 6}
FUNCTIONS = {"sqrt": np.sqrt, "log": np.log, "abs": np.abs, "clip": np.clip}


def _read_bands(path, names):
    with rasterio.open(path) as src:
        return {n: src.read(BAND_INDEX[n]).astype("float32") for n in names}


def evaluate(expression: str, bands: dict) -> np.ndarray:
    namespace = {"__builtins__": {}, **FUNCTIONS, **bands}
    with np.errstate(divide="ignore", invalid="ignore"):
        return eval(expression, namespace)


@router.get("/{scene_id}.png")
def band_math_preview(scene_id: str, expr: str = Query(..., max_length=200)):
    used = [name for name in BAND_INDEX if name in expr]
    if not used:
        raise HTTPException(400, "expression does not reference any band")
    bands = _read_bands(scene_path(scene_id), used)
    result = evaluate(expr, bands)
    return Response(colormap_png(result), media_type="image/png")
