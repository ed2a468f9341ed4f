"""Serves generated transcripts (VTT, SRT, JSON) for episodes."""
import os

from fastapi import APIRouter, HTTPException, Query
from fastapi.responses import FileResponse

from .config import settings
from .episodes import get_published_episode

router = APIRouter(prefix="/episodes", tags=["transcripts"])

MEDIA_TYPES = {
    ".vtt": "text/vtt",
    ".srt": "application/x-subrip",
    ".json": "application/json",
}


def _transcript_dir(show_slug: str, episode_guid: str) -> str:
    return os.path.join(settings.transcripts_root, show_slug, episode_guid)


@router.get("/{episode_id}/transcript")
def download_transcript(episode_id: int, file: str = Query(..., description="e.g. transcript.vtt")):
    episode = get_published_episode(episode_id)
    if episode is None:
        raise HTTPException(404, "episode not found")
    ext = os.path.splitext(file)[1].lower()
    if ext not in MEDIA_TYPES:
        raise HTTPException(400, "unsupported transcript format")
    path = os.path.join(_transcript_dir(episode.show.slug, episode.guid), file)
    if not os.path.isfile(path):
        raise HTTPException(404, "transcript not generated yet")
    return FileResponse(path, media_type=MEDIA_TYPES[ext], filename=os.path.basename(path))
