"""The page mixin that puts a page type under the concept's approval rules."""

from .forms import KonzeptPageForm
from .panels import AenderungsgrundPanel


class FreigabeMixin:
    """Submitting a page for approval asks for a change note: the form requires it, and the mixin adds its panel
    to the page type's own `content_panels` (the list its first tab shows), so no page type can forget it."""

    base_form_class = KonzeptPageForm

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        panels = cls.__dict__.get("content_panels")
        if panels is not None and not any(isinstance(panel, AenderungsgrundPanel) for panel in panels):
            panels.append(AenderungsgrundPanel())
