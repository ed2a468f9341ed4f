"""Authentication dependency for the haulier collection API.

Hauliers send their key in the ``X-Api-Key`` header. Keys are configured
per haulier in the service settings and loaded once at start-up.
"""
from functools import lru_cache

from fastapi import Depends, FastAPI, Header, HTTPException, status
from pydantic_settings import BaseSettings


class HaulierSettings(BaseSettings):
    haulier_keys: dict[str, str] = {}
    collection_window_hours: int = 4


@lru_cache
def get_settings() -> HaulierSettings:
    return HaulierSettings()


def require_haulier(
    x_api_key: str = Header(...),
    settings: HaulierSettings = Depends(get_settings),
) -> str:
    names_by_key = {key: name for name, key in settings.haulier_keys.items()}
    if x_api_key not in names_by_key:
        raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED)
    return names_by_key[x_api_key]


app = FastAPI(title="Bonded warehouse haulier API")


@app.get("/collections")
def my_collections(haulier: str = Depends(require_haulier)):
    from bonded.collections import upcoming_for_haulier
    return {"haulier": haulier, "collections": upcoming_for_haulier(haulier)}
