/**
 * The emoji offered by the picker: a small bundled set for work conversations (no download, no lookup). Any emoji
 * typed in a message is kept as it is; reactions use these.
 */
export const EMOJI = [
  '👍',
  '👎',
  '👏',
  '🙏',
  '🙌',
  '💪',
  '🤝',
  '👀',
  '✅',
  '❌',
  '❗',
  '❓',
  '💡',
  '📌',
  '📎',
  '📅',
  '📢',
  '📝',
  '🔍',
  '⚠️',
  '🚨',
  '🎉',
  '❤️',
  '💙',
  '😀',
  '😊',
  '😂',
  '🙂',
  '😉',
  '🤔',
  '😮',
  '😢',
  '😟',
  '🙁',
  '😅',
  '🔥',
  '⭐',
  '🏛️',
  '🌍',
  '☕',
] as const;

/** The first few, offered as one-click reactions. */
export const QUICK_REACTIONS = ['👍', '🙏', '👀', '✅'] as const;
