/** One choice of a checkbox list or a select. */
export interface ChoiceOption {
  value: string;
  label: string;
}
