/**
 * The AddinService reaches components through this context, so the same components run in
 * Excel (Office service), in the browser playground (in-memory service) and in tests (a fake).
 */
import { createContext, useContext, type ReactNode } from 'react';
import type { AddinService } from '../app/types';

const ServiceContext = createContext<AddinService | null>(null);

export function ServiceProvider({ service, children }: { service: AddinService; children: ReactNode }) {
  return <ServiceContext.Provider value={service}>{children}</ServiceContext.Provider>;
}

export function useService(): AddinService {
  const service = useContext(ServiceContext);
  if (!service) throw new Error('useService must be used inside <ServiceProvider>');
  return service;
}
