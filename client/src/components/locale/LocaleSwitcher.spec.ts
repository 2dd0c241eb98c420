import { describe, expect, it } from 'vitest';
import { defineComponent, h } from 'vue';
import { useI18n } from 'vue-i18n';
import { detectLocale, LOCALE_STORAGE_KEY } from '@/i18n';
import { mountWithApp } from '@/test/helpers';
import LocaleSwitcher from './LocaleSwitcher.vue';

/** The switcher next to some translated text, as in the header. */
const Harness = defineComponent({
  setup() {
    const { t } = useI18n();
    return () => h('div', [h(LocaleSwitcher), h('p', { class: 'sample' }, t('nav.directory'))]);
  },
});

describe('LocaleSwitcher', () => {
  it('is a labelled select listing every supported language in its own name', async () => {
    const { wrapper } = await mountWithApp(Harness);

    const select = wrapper.get('select');
    const label = wrapper.get(`label[for="${select.attributes('id')}"]`);
    expect(label.text()).toBe('Language');
    expect(wrapper.findAll('option').map((o) => [o.attributes('value'), o.text(), o.attributes('lang')])).toEqual([
      ['en', 'English', 'en'],
      ['fr', 'Français', 'fr'],
      ['de', 'Deutsch', 'de'],
    ]);
    expect((select.element as HTMLSelectElement).value).toBe('en');
  });

  it('sets <html lang> for the initial language', async () => {
    await mountWithApp(Harness, { locale: 'de' });

    expect(document.documentElement.lang).toBe('de');
  });

  it('switches the interface language, <html lang> and remembers the choice', async () => {
    const { wrapper } = await mountWithApp(Harness);
    expect(wrapper.get('.sample').text()).toBe('Directory');

    await wrapper.get('select').setValue('fr');

    expect(wrapper.get('.sample').text()).toBe('Annuaire');
    expect(wrapper.get('label').text()).toBe('Langue');
    expect(document.documentElement.lang).toBe('fr');
    expect(window.localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('fr');

    await wrapper.get('select').setValue('de');

    expect(wrapper.get('.sample').text()).toBe('Verzeichnis');
    expect(document.documentElement.lang).toBe('de');
    expect(window.localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('de');
  });

  it('does not store anything until the user chooses', async () => {
    await mountWithApp(Harness, { locale: 'fr' });

    expect(window.localStorage.getItem(LOCALE_STORAGE_KEY)).toBeNull();
  });
});

describe('detectLocale', () => {
  it('prefers the stored choice', () => {
    window.localStorage.setItem(LOCALE_STORAGE_KEY, 'de');

    expect(detectLocale(['fr-FR', 'en'])).toBe('de');
  });

  it('takes the first supported browser language, ignoring the region', () => {
    expect(detectLocale(['es-ES', 'fr-BE', 'de'])).toBe('fr');
    expect(detectLocale(['de-AT'])).toBe('de');
  });

  it('ignores an invalid stored value', () => {
    window.localStorage.setItem(LOCALE_STORAGE_KEY, 'klingon');

    expect(detectLocale(['de-CH'])).toBe('de');
  });

  it('falls back to English when no preferred language is supported', () => {
    Object.defineProperty(window.navigator, 'language', { value: 'es-ES', configurable: true });

    expect(detectLocale(['es-ES', 'it'])).toBe('en');
  });
});
