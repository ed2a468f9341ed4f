"""Persisted layout for the embeddable live score widget.

The widget's configurator in the browser posts the layout back so that the
club can copy the embed snippet; the layout object round-trips through the
client as an encoded string.
"""
import base64

import jsonpickle
from fastapi import APIRouter, Body, HTTPException

from league.widgets.layout import WidgetLayout

router = APIRouter(prefix="/widget")


def encode_layout(layout: WidgetLayout) -> str:
    return base64.urlsafe_b64encode(jsonpickle.encode(layout).encode()).decode()


def decode_layout(blob: str) -> WidgetLayout:
    text = base64.urlsafe_b64decode(blob.encode()).decode()
    layout = jsonpickle.decode(text)
    if not isinstance(layout, WidgetLayout):
        raise ValueError("not a widget layout")
    return layout


@router.post("/layout/preview")
def preview_layout(state: str = Body(..., embed=True)):
    try:
        layout = decode_layout(state)
    except ValueError as exc:
        raise HTTPException(status_code=422, detail=str(exc)) from exc
    return {
        "columns": layout.columns,
        "show_scorers": layout.show_scorers,
        "refresh_seconds": max(15, layout.refresh_seconds),
        "embed": f'<div data-league-widget="{encode_layout(layout)}"></div>',
    }
