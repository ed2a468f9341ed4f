"""API for the newsletter editor's publishing tool.

The editor's desktop tool pushes finished issues of the association
newsletter; it authenticates with a per-installation API key header.
"""
from fastapi import Depends, FastAPI, Header, HTTPException, status
from pydantic import BaseModel

from bellringer.newsletter import publish_issue
from bellringer.settings import get_settings


class EditorKeyGuard:
    def __init__(self, key_setting: str):
        self.key_setting = key_setting

    def expected_key(self) -> str:
        return getattr(get_settings(), self.key_setting)

    async def __call__(self, x_editor_key: str = Header(default="")) -> str:
        if not x_editor_key or x_editor_key != self.expected_key():
            raise HTTPException(status.HTTP_401_UNAUTHORIZED, "Bad editor key")
        return "newsletter-editor"


require_editor = EditorKeyGuard("NEWSLETTER_EDITOR_API_KEY")

app = FastAPI(title="Newsletter publishing")


class IssuePayload(BaseModel):
    volume: int
    number: int
    title: str
    html: str
    send_to_list: bool = False


@app.post("/issues", status_code=201)
async def create_issue(payload: IssuePayload, who: str = Depends(require_editor)):
    issue = await publish_issue(
        volume=payload.volume,
        number=payload.number,
        title=payload.title,
        html=payload.html,
        mail_out=payload.send_to_list,
        published_by=who,
    )
    return {"id": issue.id, "url": issue.public_url}
