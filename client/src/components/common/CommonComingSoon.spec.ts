import { flushPromises } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { mountWithApp } from '@/test/helpers';
import CommonComingSoon from './CommonComingSoon.vue';
import { type ComingSoonFeature } from './types';

describe('CommonComingSoon', () => {
  it('says what the directory will offer, with the services a victim needs', async () => {
    const { wrapper, missingKeys } = await mountWithApp(CommonComingSoon, { props: { feature: 'directory' } });

    expect(wrapper.get('h1').text()).toBe('Directory');
    expect(wrapper.get('.badge').text()).toBe('Coming soon');
    expect(wrapper.get('.lead').text()).toContain('EU-wide directory of support services');
    const points = wrapper.findAll('.coming-soon__points li').map((li) => li.text());
    expect(points).toHaveLength(3);
    for (const service of [
      'shelter',
      'medical',
      'psychological',
      'legal',
      'interpretation',
      'reintegration',
      'safe return',
      'hotlines',
    ]) {
      expect(points[0]).toContain(service);
    }
    expect(missingKeys).toEqual([]);
  });

  it.each<[ComingSoonFeature, string, string]>([
    ['partners', 'Partners', 'partner organisations'],
    ['channels', 'Channels', 'one channel for each priority of the EU Strategy, from A to E'],
    ['announcements', 'Announcements', 'EU Anti-Trafficking Coordinator'],
    ['actions', 'Actions', 'tracker of the actions of the EU Strategy'],
  ])('describes %s specifically', async (feature, title, description) => {
    const { wrapper, missingKeys } = await mountWithApp(CommonComingSoon, { props: { feature } });

    expect(wrapper.findAll('h1')).toHaveLength(1);
    expect(wrapper.get('h1').text()).toBe(title);
    expect(wrapper.get('.lead').text()).toContain(description);
    expect(wrapper.get('h2').text()).toBe('What you will be able to do here');
    expect(missingKeys).toEqual([]);
  });

  it('links back to the home page', async () => {
    const { wrapper, router } = await mountWithApp(CommonComingSoon, {
      props: { feature: 'channels' },
      path: '/channels',
    });

    const back = wrapper.get('a[href="/"]');
    expect(back.text()).toBe('Back to the home page');

    await back.trigger('click');
    await flushPromises();

    expect(router.currentRoute.value.path).toBe('/');
  });

  it('is translated', async () => {
    const { wrapper } = await mountWithApp(CommonComingSoon, { props: { feature: 'channels' }, locale: 'de' });

    expect(wrapper.get('h1').text()).toBe('Kanäle');
    expect(wrapper.get('.badge').text()).toBe('Demnächst verfügbar');
    expect(wrapper.get('a[href="/"]').text()).toBe('Zurück zur Startseite');
  });
});
