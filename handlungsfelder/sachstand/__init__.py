"""The Sachstandsbericht: the state of implementation on a date, compared with an earlier one, for the committee."""
