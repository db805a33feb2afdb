"""E-mail subscriptions: one row per address and subject, nothing about the person but the address.

Stored: the address, what it follows (the whole concept, one Handlungsfeld or one school), the language of the mails
and when it was entered, confirmed and last told of a publication; no name, no IP address.
"""

from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Umfang(models.TextChoices):
    KONZEPT = "konzept", _("Das ganze IT-Konzept")
    HANDLUNGSFELD = "handlungsfeld", _("Ein Handlungsfeld")
    SCHULE = "schule", _("Eine Schule")


class Abonnement(models.Model):
    """An address that asked to be told by e-mail of publications; mails go out only once it is confirmed."""

    email = models.EmailField(_("E-Mail-Adresse"), max_length=254)
    umfang = models.CharField(_("Umfang"), max_length=20, choices=Umfang.choices, default=Umfang.KONZEPT)
    # The Handlungsfeld or school in the language it was chosen in; publications of every language version of it
    # count (they share the translation key).
    handlungsfeld = models.ForeignKey(
        "handlungsfelder.HandlungsfeldPage",
        verbose_name=_("Handlungsfeld"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
    )
    schule = models.ForeignKey(
        "handlungsfelder.Schule",
        verbose_name=_("Schule"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
    )
    # The concept of the site the address subscribed on (its start page in the original language); empty for
    # subscriptions from before several concepts, which follow the county's.
    konzept = models.ForeignKey(
        "handlungsfelder.KonzeptStartPage",
        verbose_name=_("IT-Konzept"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
    )
    sprache = models.CharField(_("Sprache"), max_length=10)
    angelegt_am = models.DateTimeField(_("Angelegt am"), default=timezone.now)
    bestaetigt_am = models.DateTimeField(_("Bestätigt am"), null=True, blank=True, db_index=True)
    # The last publication record (Veroeffentlichung) this address was told of: later ones are the next digest.
    gemeldet_bis = models.PositiveBigIntegerField(_("Gemeldet bis Veröffentlichung"), default=0)

    class Meta:
        verbose_name = _("Abonnement")
        verbose_name_plural = _("Abonnements")
        constraints = [
            models.UniqueConstraint(
                fields=["email", "konzept"], condition=Q(umfang=Umfang.KONZEPT), name="abonnement_konzept_einmal"
            ),
            models.UniqueConstraint(
                fields=["email", "handlungsfeld"],
                condition=Q(umfang=Umfang.HANDLUNGSFELD),
                name="abonnement_handlungsfeld_einmal",
            ),
            models.UniqueConstraint(
                fields=["email", "schule"], condition=Q(umfang=Umfang.SCHULE), name="abonnement_schule_einmal"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_umfang_display()} ({self.sprache})"

    @property
    def bestaetigt(self) -> bool:
        return self.bestaetigt_am is not None

    @property
    def gegenstand(self) -> str:
        """What the subscription follows, as the mails name it."""
        if self.umfang == Umfang.HANDLUNGSFELD and self.handlungsfeld_id:
            return _("Handlungsfeld „%(titel)s“") % {"titel": self.handlungsfeld.title}
        if self.umfang == Umfang.SCHULE and self.schule_id:
            return _("Schule „%(name)s“") % {"name": self.schule.name}
        return str(Umfang.KONZEPT.label)
