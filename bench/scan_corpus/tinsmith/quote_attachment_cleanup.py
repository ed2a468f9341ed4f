"""Estimators can remove drawings and photos attached to a draft quote."""
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException, status
from pydantic_settings import BaseSettings

from quotes.auth import Estimator, current_estimator
from quotes.repo import QuoteRepo, get_repo


class AttachmentSettings(BaseSettings):
    attachment_root: Path = Path("/srv/tinsmith/quote-attachments")
    max_per_quote: int = 40


settings = AttachmentSettings()
router = APIRouter(prefix="/quotes")


def attachment_dir(quote_no: str) -> Path:
    return settings.attachment_root / quote_no


@router.get("/{quote_no}/attachments")
def list_attachments(quote_no: str, repo: QuoteRepo = Depends(get_repo)) -> list[str]:
    if repo.get(quote_no) is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND)
    folder = attachment_dir(quote_no)
    return sorted(p.name for p in folder.iterdir() if p.is_file()) if folder.exists() else []


@router.delete("/{quote_no}/attachments/{name:path}", status_code=status.HTTP_204_NO_CONTENT)
def delete_attachment(
    quote_no: str,
    name: str,
    who: Estimator = Depends(current_estimator),
    repo: QuoteRepo = Depends(get_repo),
) -> None:
    quote = repo.get(quote_no)
    if quote is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "no such quote")
    if quote.status != "draft":
        raise HTTPException(status.HTTP_409_CONFLICT, "only draft quotes can be edited")

    target = attachment_dir(quote.quote_no) / name
    if not target.is_file():
        raise HTTPException(status.HTTP_404_NOT_FOUND, "no such attachment")
    target.unlink()
    repo.log_event(quote.quote_no, f"attachment {name} removed by {who.username}")
