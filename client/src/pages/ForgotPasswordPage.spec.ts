import { flushPromises } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { mockApi, noContentResponse } from '@/test/api-mock';
import { mountWithApp } from '@/test/helpers';
import ForgotPasswordPage from './ForgotPasswordPage.vue';

describe('ForgotPasswordPage', () => {
  it('asks for the address, checks it, and always confirms the same way', async () => {
    const api = mockApi({ 'POST /api/auth/password-reset': noContentResponse(202) });
    const { wrapper, missingKeys } = await mountWithApp(ForgotPasswordPage, { path: '/forgot-password' });

    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(wrapper.get('#forgot-password-email').attributes('aria-invalid')).toBe('true');
    expect(api.calls).toHaveLength(0);

    await wrapper.get('#forgot-password-email').setValue('Ana@Example.org');
    await wrapper.get('form').trigger('submit');
    await flushPromises();

    expect(api.calls[0]?.body).toEqual({ email: 'ana@example.org' });
    expect(wrapper.find('form').exists()).toBe(false);
    expect(wrapper.text()).toContain('If an account uses ana@example.org');
    expect(missingKeys).toEqual([]);
  });
});
