"""Official documents in the Nghị định 30/2020 format: one model
(``model``), shared layout decisions (``layout``), two renderers (``pdf``,
``docx``) and safe saving (``output``). No Qt here."""
